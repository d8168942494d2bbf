#pragma once
#include <Service.h>
