# Value checks (models/values, the value store and rule): normaliser, classifier, Wilson interval, redaction,
# comparison, settings, the store on a real SQLite file, value_drift.
plumbline_add_test(tst_values SOURCES tst_values.cpp LIBS plumbline_models LABELS unit)
