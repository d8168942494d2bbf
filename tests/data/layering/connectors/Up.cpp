// A deliberate violation: a connector that reaches up into the app layer.
#include "../app/Service.h"
