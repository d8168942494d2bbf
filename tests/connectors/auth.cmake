# The browser sign-in's loopback receiver and the OAuth addresses of each vendor (included by
# tests/connectors/CMakeLists.txt).
plumbline_add_test(tst_loopbackreceiver SOURCES tst_loopbackreceiver.cpp LIBS plumbline_connectors Qt6::Network
    LABELS connectors)
plumbline_add_test(tst_oauthendpoints SOURCES tst_oauthendpoints.cpp LIBS plumbline_connectors LABELS connectors)
