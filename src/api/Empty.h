#pragma once

// The value of calls that answer 204 No Content.
struct Empty
{ };
