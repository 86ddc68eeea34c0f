## The signposting sheet's professional controls and shortlist tools, the calendar and the
## map's errors. English and Welsh.
