## Support between projects (finder, offers, connect), claims and assurance standing.
## English and Welsh.
