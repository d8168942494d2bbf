# The monitor's store (models/store): real SQLite files in temporary folders.
plumbline_add_test(tst_monitorrepository SOURCES tst_monitorrepository.cpp LIBS plumbline_models LABELS unit)
