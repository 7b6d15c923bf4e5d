"""Shared document readers: any object (file, S3 object, mail attachment) → sub-records.

Used by the files and object-storage connectors for objects and by the mail connectors
for attachments. The API:

- `sniff(name, head, content_type=None) -> str`: the format (see FORMATS) from the first
  bytes, the name and the Content-Type; "binary" content is never decoded as text.
- `iter_records(stream, name, content_type=None, limits=DEFAULT_LIMITS, on_problem=None,
  on_skip=None)`: `(item, values)` sub-records, streamed. `item` locates the sub-record in
  the object (`row:12`, `line:40`, `$.customers[3]`, `page:2`, `para:5`, `message`,
  `member:a/b.csv/row:3`); `values` maps field → value. Problems (caps hit, bad rows,
  corrupt archives) go to `on_problem(place, message)` and skips to `on_skip(place,
  counter)`, e.g. ("", "skipped_binary"); messages name the place, never a value.
- `find_record(stream, name, item, ...)`: one sub-record's current values, for fetch.
- `extract_text(data, filename, content_type=None, limits=...)`: an attachment's text.
- `Limits` / `DEFAULT_LIMITS` (a source's: `SourceConfig.options_as(Limits)`).
"""

from connectors.formats.limits import DEFAULT_LIMITS, Limits
from connectors.formats.records import READABLE, extract_text, find_record, iter_records
from connectors.formats.sniff import FORMATS, is_binary, sniff
from connectors.formats.streams import HEAD_BYTES, OnProblem, OnSkip, printable

__all__ = [
    "DEFAULT_LIMITS", "FORMATS", "HEAD_BYTES", "READABLE", "Limits", "OnProblem", "OnSkip",
    "extract_text", "find_record", "is_binary", "iter_records", "printable", "sniff",
]
