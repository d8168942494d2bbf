// A deliberate violation for the layering check: a window that reads the store itself.
#include <WorkspaceRepository.h>
#include <Service.h>
