# Chart series (models/series): the downsampler and the chart data query over a real SQLite store.
plumbline_add_test(tst_downsampler SOURCES tst_downsampler.cpp LIBS plumbline_models LABELS unit)
plumbline_add_test(tst_countseriesquery SOURCES tst_countseriesquery.cpp LIBS plumbline_models LABELS unit)
