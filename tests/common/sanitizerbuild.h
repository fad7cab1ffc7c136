#pragma once

// Whether this test was built with AddressSanitizer (scripts/sanitize.sh), which adds its
// shadow memory and quarantine to the memory of every process it runs.
namespace planner::test {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool underAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool underAddressSanitizer = true;
#else
constexpr bool underAddressSanitizer = false;
#endif
#else
constexpr bool underAddressSanitizer = false;
#endif

} // namespace planner::test
