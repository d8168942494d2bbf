#include "ValueStatistics.h"

#include <algorithm>
#include <cmath>

namespace plumbline {

ProportionInterval wilsonInterval(qint64 successes, qint64 trials, double z)
{
    if (trials <= 0)
        return {};
    const double n = double(trials);
    const double p = double(std::clamp<qint64>(successes, 0, trials)) / n;
    const double z2 = z * z;
    const double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const double half = z * std::sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
    // At 0 and n the bound is exactly 0 or 1; rounding must not leave it a hair inside.
    return { successes <= 0 ? 0.0 : std::max(0.0, centre - half),
        successes >= trials ? 1.0 : std::min(1.0, centre + half) };
}

} // namespace plumbline
