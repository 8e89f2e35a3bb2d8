# Tests of the progress charts.
tricholog_add_test(tst_progresschart SOURCES ui/tst_progresschart.cpp LIBS tricholog_ui)
