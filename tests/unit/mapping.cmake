# Field mapping suggestions, mapping states from schema history, and their item models.
plumbline_add_test(tst_mappingsuggester SOURCES tst_mappingsuggester.cpp LIBS plumbline_app LABELS unit)
