# The browser sign-in (ARCHITECTURE.md §11): SignIn end to end against an in-test authorization server with the memory
# store, a refusing store and the real OS keychain; and `plumbline auth login` with the real binary.
plumbline_add_test(tst_signin SOURCES tst_signin.cpp IntegrationSupport.h ../common/BrowserStandIn.h
    ../common/FakeAuthorizationServer.h LIBS plumbline_app plumbline_connectors Qt6::Network
    LABELS integration keychain)
plumbline_add_test(tst_auth_login SOURCES tst_auth_login.cpp IntegrationSupport.h ../common/BrowserStandIn.h
    ../common/FakeAuthorizationServer.h LIBS plumbline_app plumbline_connectors Qt6::Network
    LABELS integration keychain TIMEOUT 300)
add_dependencies(tst_auth_login plumbline)
