// The school gate from the street in the early morning: two square pillars with tiled caps, a steel sliding gate
// pulled half open, a railing fence on a low wall, the yard, the flag and the yellow school block behind, trees.
#include "common.inc"
#include "school.inc"

PhotoCamera(<-7.5, 1.55, -17>, <2, 3.6, 6>, 58, <0, 1.8, -5>, 0.22)
Sun(vnormalize(<-1, 0.55, -0.45>), 1.3)
Sky()

// the street (asphalt) and the pavement in front of the school, the yard inside
plane { y, 0 texture { pigment { granite color_map { [0 color srgb <0.22, 0.22, 0.23>] [1 color srgb <0.34, 0.34, 0.35>] } scale 0.05 }
  normal { granite 0.3 scale 0.02 } finish { diffuse 0.8 specular 0.1 roughness 0.05 ambient 0 } } }
box { <-40, 0, -8>, <40, 0.15, -5.4> texture { pigment { brick color srgb <0.55, 0.52, 0.48> color srgb <0.70, 0.42, 0.32> brick_size <0.2, 0.2, 0.1> mortar 0.01 rotate x * 90 }
  normal { granite 0.15 scale 0.05 } finish { diffuse 0.8 ambient 0 } } }
box { <-40, 0, -5.4>, <40, 0.1, 30> texture { Yard } }

// the pillars of the gate, 6 m apart, and their caps
#macro Pillar(X)
union {
  box { <-0.35, 0, -0.35>, <0.35, 2.9, 0.35> Plaster(<0.93, 0.80, 0.45>, 0.08) }
  box { <-0.42, 0, -0.42>, <0.42, 0.4, 0.42> Plaster(<0.75, 0.72, 0.68>, 0.1) }
  box { <-0.45, 2.9, -0.45>, <0.45, 3.05, 0.45> texture { WhitePaint } }
  intersection {
    box { <-0.5, 3.05, -0.5>, <0.5, 3.6, 0.5> }
    plane { <0, 1, -1>, 3.45 * sqrt(0.5) } plane { <0, 1, 1>, 3.45 * sqrt(0.5) } plane { <1, 1, 0>, 3.45 * sqrt(0.5) } plane { <-1, 1, 0>, 3.45 * sqrt(0.5) }
    texture { RoofTiles }
  }
  translate <X, 0, -5>
}
#end
Pillar(-3) Pillar(3)

// the sliding gate: a steel frame with vertical bars, pulled to the right, half open
#declare GateT = texture { pigment { color srgb <0.28, 0.33, 0.38> } finish { diffuse 0.7 specular 0.4 roughness 0.02 ambient 0 } }
union {
  box { <0, 0.08, -0.03>, <3.6, 0.14, 0.03> }
  box { <0, 1.7, -0.03>, <3.6, 1.76, 0.03> }
  box { <0, 0.9, -0.02>, <3.6, 0.95, 0.02> }
  box { <0, 0.08, -0.03>, <0.06, 1.76, 0.03> } box { <3.54, 0.08, -0.03>, <3.6, 1.76, 0.03> }
  #for (I, 1, 29) cylinder { <I * 0.12, 0.1, 0>, <I * 0.12, 1.75, 0>, 0.012 } #end
  #for (I, 0, 1) torus { 0.05, 0.01 rotate x * 90 translate <0.3 + I * 3, 0.05, 0> } #end
  texture { GateT }
  translate <1.0, 0, -4.7>
}
// fences on both sides: low yellow wall, steel railing, pillars every 3 m
#macro Fence(X0, X1)
  box { <X0, 0, -5.1>, <X1, 0.6, -4.9> Plaster(<0.93, 0.80, 0.45>, 0.08) }
  box { <X0, 1.75, -5.02>, <X1, 1.8, -4.98> texture { GateT } }
  #for (X, X0, X1, 0.13) cylinder { <X, 0.6, -5>, <X, 1.8, -5>, 0.011 texture { GateT } } #end
  #for (X, X0, X1, 3) box { <X - 0.17, 0, -5.17>, <X + 0.17, 2.0, -4.83> Plaster(<0.93, 0.80, 0.45>, 0.08) } #end
#end
Fence(-30, -3.35) Fence(3.35, 30)

object { SchoolBlock(40) translate <-20, 0, 14> }
FlagPole(<1.5, 0, 4>, 9.0, 1.4)
Tree(<-9, 0, -1>, 9, 5.0, 4, 0, 21)
Tree(<9, 0, 1>, 9.5, 5.5, 0, 0.3, 22)
Tree(<-22, 0, 4>, 8, 5, 0, 0, 23)
// street trees along the pavement
Tree(<-16, 0, -6.5>, 8, 3.8, 0, 0, 24)
