"""Every kind that cleaning can give a removed line is one the record contract names."""

from __future__ import annotations

from typing import get_args

from cablegram.records import RemovedKind

# The contract's list of removed kinds (shared/spec/records.md, document field `removed`).
CONTRACT_KINDS = frozenset(
    {
        "duplicate",
        "navigation",
        "comments",
        "footer",
        "bio",
        "related",
        "disclaimer",
        "boilerplate",
        "paywall",
        "embed",
        "caption",
    }
)


def test_the_removed_kind_type_is_the_contracts_list() -> None:
    # mypy checks every rule's findings against RemovedKind, so no rule can add a kind
    # that a consumer of the records does not know.
    assert frozenset(get_args(RemovedKind)) == CONTRACT_KINDS
