#include "domain/platform.h"

namespace planner {

bool isMassMedia(Platform platform)
{
    return platform == Platform::Tv || platform == Platform::Radio || platform == Platform::Print;
}

} // namespace planner
