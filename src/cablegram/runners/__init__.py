"""Runners: where annotation happens, the same batches either way.

- :mod:`~cablegram.runners.batch`: the task (a batch of documents in, annotations out)
- :mod:`~cablegram.runners.local`: in this process, or a pool of worker processes
- :mod:`~cablegram.runners.dask`: on a Dask cluster
- :mod:`~cablegram.runners.driver`: the streaming ingest around them (read, clean, skip
  what is stored, link syndicated copies, write one transaction per document)
- :mod:`~cablegram.runners.parquet`: results as Parquet partitions, and back
"""
