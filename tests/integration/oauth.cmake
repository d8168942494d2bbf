# Credentials that live for months: a simulated day of short-lived tokens, the token scenarios, rotation into the
# real keychain (ARCHITECTURE.md §11).
plumbline_add_test(tst_oauth_day SOURCES tst_oauth_day.cpp IntegrationSupport.h
    LIBS plumbline_app plumbline_connectors plumbline_sandbox Qt6Keychain::Qt6Keychain Qt6::Network
    LABELS integration keychain TIMEOUT 600)
