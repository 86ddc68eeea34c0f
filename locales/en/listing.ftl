## A listing's page (its copy, reflection and reviews), the checks on forms and reviews, the
## geocoder's messages and the error pages. English and Welsh.
