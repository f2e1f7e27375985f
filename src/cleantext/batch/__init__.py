"""Batch processing: many pages from files, folders, archives, WARC and JSONL into one JSONL output.

- :mod:`.inputs` checks what the command line names; :mod:`.readers` (and :mod:`.warc`) stream it as
  :class:`Record` s, never unpacking to disk;
- :mod:`.records` turns a record into its output row (:func:`clean_record`, shared with :mod:`cleantext.dask`);
- :mod:`.pool` cleans chunks of records in worker processes with a time limit per record;
- :mod:`.writer` appends the rows crash-safely, :mod:`.runner` ties it together with resume and a summary;
- :mod:`.cli` is ``cleantext batch``.

Needs the ``batch`` extra for WARC input (FastWARC) and the progress bar (tqdm): ``pip install 'cleantext[batch]'``.
"""

from __future__ import annotations

from .inputs import InputError, Kind, expand_inputs, kind_of
from .readers import ReadOptions, iter_records, read_file
from .records import Record, clean_record, error_row, origin_key
from .runner import Summary, run_batch
from .writer import JsonlWriter, OutputError

__all__ = [
           "InputError",
           "JsonlWriter",
           "Kind",
           "OutputError",
           "ReadOptions",
           "Record",
           "Summary",
           "clean_record",
           "error_row",
           "expand_inputs",
           "iter_records",
           "kind_of",
           "origin_key",
           "read_file",
           "run_batch",
]
