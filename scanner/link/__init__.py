"""Linking records to the people they are about. `plan` decides each column's role; the SQL
pass (`sql`, with `pages`, `prepare`, `runs`, `roles`, `decide`, `stage`, `journal`) streams
tables; `records` is what the mail pass (`mail`) and the object pass (`objects`) share;
`minors` flags who was under the configured age when a SQL row was collected."""
