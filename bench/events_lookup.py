"""A stand-in actor lookup for the event benches, used when ``cablegram.actors`` cannot load.

Countries come from pycountry (names, common and official names), plus a short table of
demonyms, capitals and organisations. It finds every country or organisation named anywhere
in a noun phrase, so "Israeli President Moshe Katsav" is Israel. Bench scaffolding only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import pycountry
from spacy.tokens import Span

from cablegram.records import Actor

DEMONYMS = {
    "afghan": "AFG", "albanian": "ALB", "algerian": "DZA", "american": "USA", "angolan": "AGO",
    "argentine": "ARG", "armenian": "ARM", "australian": "AUS", "austrian": "AUT",
    "azerbaijani": "AZE", "bangladeshi": "BGD", "belgian": "BEL", "bosnian": "BIH",
    "brazilian": "BRA", "british": "GBR", "bulgarian": "BGR", "burmese": "MMR",
    "burundian": "BDI", "cambodian": "KHM", "canadian": "CAN", "chadian": "TCD",
    "chilean": "CHL", "chinese": "CHN", "colombian": "COL", "congolese": "COD",
    "croatian": "HRV", "croat": "HRV", "cuban": "CUB", "cypriot": "CYP", "czech": "CZE",
    "danish": "DNK", "dutch": "NLD", "egyptian": "EGY", "eritrean": "ERI", "ethiopian": "ETH",
    "fijian": "FJI", "finnish": "FIN", "french": "FRA", "gambian": "GMB", "georgian": "GEO",
    "german": "DEU", "ghanaian": "GHA", "greek": "GRC", "guinean": "GIN", "haitian": "HTI",
    "hungarian": "HUN", "indian": "IND", "indonesian": "IDN", "iranian": "IRN",
    "iraqi": "IRQ", "irish": "IRL", "israeli": "ISR", "italian": "ITA", "ivorian": "CIV",
    "japanese": "JPN", "jordanian": "JOR", "kenyan": "KEN", "korean": "KOR", "kurdish": "IRQ",
    "kuwaiti": "KWT", "kyrgyz": "KGZ", "latvian": "LVA", "lebanese": "LBN", "liberian": "LBR",
    "libyan": "LBY", "lithuanian": "LTU", "macedonian": "MKD", "mexican": "MEX",
    "montenegrin": "MNE", "moroccan": "MAR", "mozambican": "MOZ", "nepalese": "NPL",
    "nicaraguan": "NIC", "nigerian": "NGA", "norwegian": "NOR", "omani": "OMN",
    "pakistani": "PAK", "palestinian": "PSE", "panamanian": "PAN", "peruvian": "PER",
    "philippine": "PHL", "filipino": "PHL", "polish": "POL", "portuguese": "PRT",
    "qatari": "QAT", "romanian": "ROU", "russian": "RUS", "rwandan": "RWA", "saudi": "SAU",
    "senegalese": "SEN", "serb": "SRB", "serbian": "SRB", "sierra leonean": "SLE",
    "slovenian": "SVN", "somali": "SOM", "spanish": "ESP", "sri lankan": "LKA",
    "sudanese": "SDN", "swedish": "SWE", "swiss": "CHE", "syrian": "SYR",
    "taiwanese": "TWN", "tanzanian": "TZA", "thai": "THA", "tunisian": "TUN", "turkish": "TUR",
    "ugandan": "UGA", "ukrainian": "UKR", "uzbek": "UZB", "venezuelan": "VEN",
    "vietnamese": "VNM", "yemeni": "YEM", "zambian": "ZMB", "zimbabwean": "ZWE",
    "soviet": "RUS", "yugoslav": "SRB", "kosovar": "XKX", "emirati": "ARE",
}  # fmt: skip
ALIASES = {
    "us": "USA", "u.s.": "USA", "u.s": "USA", "united states": "USA", "america": "USA",
    "washington": "USA", "white house": "USA", "pentagon": "USA", "state department": "USA",
    "uk": "GBR", "britain": "GBR", "great britain": "GBR", "london": "GBR", "paris": "FRA",
    "berlin": "DEU", "moscow": "RUS", "kremlin": "RUS", "beijing": "CHN", "prc": "CHN",
    "tehran": "IRN", "baghdad": "IRQ", "damascus": "SYR", "beirut": "LBN", "cairo": "EGY",
    "tokyo": "JPN", "jakarta": "IDN", "ankara": "TUR", "tirana": "ALB", "riyadh": "SAU",
    "doha": "QAT", "kabul": "AFG", "islamabad": "PAK", "jerusalem": "ISR", "amman": "JOR",
    "belgrade": "SRB", "khartoum": "SDN", "tripoli": "LBY", "algiers": "DZA",
    "russia": "RUS", "iran": "IRN", "syria": "SYR", "south korea": "KOR", "north korea": "PRK",
    "dprk": "PRK", "taiwan": "TWN", "vietnam": "VNM", "laos": "LAO", "bolivia": "BOL",
    "venezuela": "VEN", "tanzania": "TZA", "ivory coast": "CIV", "czechia": "CZE",
    "palestinians": "PSE", "palestine": "PSE", "plo": "PSE", "hamas": "PSE", "gaza": "PSE",
    "west bank": "PSE", "kosovo": "XKX", "macedonia": "MKD", "moldova": "MDA",
    "israelis": "ISR", "serbia": "SRB", "congo": "COD", "burma": "MMR", "the netherlands": "NLD",
    "holland": "NLD", "hezbollah": "LBN", "hizbollah": "LBN", "taliban": "AFG",
}  # fmt: skip
ORGANISATIONS = {
    "un": "UN", "u.n.": "UN", "united nations": "UN", "security council": "UN",
    "nato": "NATO", "eu": "EU", "european union": "EU", "european community": "EU", "ec": "EU",
    "iaea": "IAEA", "red cross": "ICRC", "amnesty international": "Amnesty International",
    "arab league": "Arab League", "osce": "OSCE", "world food program": "WFP", "wfp": "WFP",
    "unhcr": "UNHCR", "imf": "IMF", "world bank": "World Bank", "african union": "AU",
    "apec": "APEC", "asia-pacific economic cooperation": "APEC", "opec": "OPEC",
}  # fmt: skip
NGOS = frozenset({"Amnesty International"})


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    table: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                table[value.lower()] = country.alpha_3
                table[re.sub(r",.*", "", value).lower()] = country.alpha_3
    table.update(ALIASES)
    for demonym, code in DEMONYMS.items():
        table[demonym] = code
        table[demonym + "s"] = code
    return table


def _actor(key: str, text: str) -> Actor | None:
    if key in ORGANISATIONS:
        name = ORGANISATIONS[key]
        role = "NGO" if name in NGOS else "IGO"
        return Actor(name=name, kind="organization", text=text, country=None, role=role)
    code = _countries().get(key)
    if code is None:
        return None
    return Actor(name=code, kind="state", text=text, country=code, role="GOV")


def lookup(span: Span) -> Sequence[Actor]:
    """Every country or organisation the phrase names, in order, longest names first."""
    words = [t.text.lower().strip("'’") for t in span]
    found: list[Actor] = []
    i = 0
    while i < len(words):
        for size in (4, 3, 2, 1):
            key = " ".join(words[i : i + size]).replace(" - ", "-")
            key = re.sub(r"\s+'s$", "", key)
            actor = _actor(key, " ".join(t.text for t in span[i : i + size]))
            if actor is not None and (
                size > 1 or span[i].is_title or span[i].is_upper or "." in span[i].text
            ):
                if all(a.name != actor.name for a in found):
                    found.append(actor)
                i += size
                break
        else:
            i += 1
    return found
