// The corridor of the floor above the ground floor, in the morning: the row of yellow columns and the balustrade, sun
// through the bàng dappling the wall, classroom doors and windows on the left, trees of the yard on the right.
#include "common.inc"
#include "school.inc"

#declare Yf = Base + FloorH;
PhotoCamera(<1.2, Yf + 1.5, 1.45>, <30, Yf + 0.9, 0.6>, 62, <9, Yf + 1, 1.2>, 0.035)
Sun(vnormalize(<0.75, 0.38, -1>), 1.4)
Sky()

plane { y, 0 texture { Yard } }
object { SchoolBlock(48) translate <-4, 0, 0> }
Tree(<12, 0, -6>, 10, 6, 4, 0, 31)
Tree(<26, 0, -8>, 11, 6.5, 0, 0.35, 32)
Tree(<40, 0, -7>, 9, 5.5, 0, 0, 33)
// the other block across the yard, far
object { SchoolBlock(40) rotate y * 180 translate <50, 0, -30> }
