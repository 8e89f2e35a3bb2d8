# Tests of the progress charts and the `tricholog chart` verb.
