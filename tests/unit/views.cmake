# The views' item models (models/views) under QAbstractItemModelTester, and the API versions calendar's builder
# (app/calendar) over a real SQLite store.
plumbline_add_test(tst_views_models SOURCES tst_views_models.cpp LIBS plumbline_app LABELS unit)
