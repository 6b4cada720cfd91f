// The schoolyard on a sunny morning: the flagpole and the national flag in front of a three-storey yellow school block
// with its corridor balconies and red-tiled roof, a bàng and a phượng shading the yard.
#include "common.inc"
#include "school.inc"

PhotoCamera(<-6, 1.6, -27>, <9, 6.6, 4>, 60, <3.5, 4, -9>, 0.25)
Sun(vnormalize(<-0.7, 0.75, -0.9>), 1.25)
Sky()

plane { y, 0 texture { Yard } }
object { SchoolBlock(48) translate <-14, 0, 0> }
FlagPole(<3.5, 0, -9>, 9.5, 0.4)
Tree(<-9, 0, -12>, 9, 5.5, 4, 0, 11)
Tree(<20, 0, -7>, 10, 6.5, 0, 0.35, 12)
Tree(<-22, 0, -3>, 9, 5.5, 0, 0.0, 13)
// a low wall and trees along the far sides of the yard
Tree(<38, 0, -2>, 11, 6, 0, 0.0, 14)
