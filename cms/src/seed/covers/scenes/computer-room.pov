// The computer room: rows of desks with flat monitors, keyboards and black office chairs, blinds half drawn over the
// windows, a whiteboard and a projector screen at the front. Seen from the side, along a row.
#include "common.inc"
#include "room.inc"

#declare W = 8.4; #declare D = 9; #declare H = 3.4;
PhotoCamera(<7.6, 1.4, 0.7>, <2.4, 0.95, 6.2>, 60, <5.8, 0.9, 2.9>, 0.1)
Sun(vnormalize(<-1.0, 0.6, 0.4>), 4.5)
sky_sphere { pigment { gradient y color_map { [0 color srgb <0.92, 0.94, 0.95>] [0.5 color srgb <0.62, 0.76, 0.92>] } } emission 3.0 }
Room(W, D, H, <0.93, 0.93, 0.90>, <0.62, 0.70, 0.80>, <0.90, 0.89, 0.86>, <0.86, 0.85, 0.82>, 3)

// a whiteboard on the front wall
box { <2.0, 1.0, D - 0.03>, <6.0, 2.2, D - 0.01> texture { pigment { color srgb <0.96, 0.97, 0.97> } finish { diffuse 0.8 specular 0.7 roughness 0.005 reflection 0.05 ambient 0 } } }
difference { box { <1.97, 0.97, D - 0.035>, <6.03, 2.23, D - 0.005> } box { <2.0, 1.0, D - 0.1>, <6.0, 2.2, D> } texture { Steel } }
box { <1.97, 0.95, D - 0.1>, <6.03, 0.97, D - 0.01> texture { Steel } }
// a split air conditioner high on the front wall
superellipsoid { <0.3, 0.3> scale <0.45, 0.15, 0.12> translate <7.2, 2.9, D - 0.13> texture { WhitePaint } }

#declare Plastic = texture { pigment { color srgb <0.07, 0.07, 0.08> } finish { diffuse 0.6 specular 0.4 roughness 0.01 reflection { 0.02, 0.1 } ambient 0 } }
#declare Screen = texture { pigment { color srgb <0.02, 0.025, 0.03> } finish { diffuse 0.2 specular 0.9 roughness 0.002 reflection { 0.05, 0.35 fresnel } ambient 0 } }
#declare Laminate = texture { pigment { granite color_map { [0 color srgb <0.88, 0.86, 0.82>] [1 color srgb <0.82, 0.80, 0.76>] } scale 0.1 } finish { diffuse 0.8 specular 0.3 roughness 0.02 ambient 0 } }

#macro Workstation(P, Turn)
union {
  // monitor facing -z
  union {
    box { <-0.27, 0.12, -0.01>, <0.27, 0.45, 0.02> texture { Plastic } }
    box { <-0.255, 0.135, -0.012>, <0.255, 0.435, -0.01> texture { Screen } }
    box { <-0.255, 0.135, -0.0125>, <0.255, 0.435, -0.012>
      texture { pigment { gradient y color_map { [0 color srgb <0.10, 0.35, 0.55>] [0.6 color srgb <0.25, 0.55, 0.75>] [1 color srgb <0.55, 0.75, 0.85>] } scale 0.3 translate y * 0.135 }
        finish { diffuse 0 emission 0.9 specular 0.8 roughness 0.003 ambient 0 } } }
    box { <-0.255, 0.135, -0.013>, <0.255, 0.16, -0.0125> texture { pigment { color srgb <0.1, 0.12, 0.15> } finish { emission 0.7 diffuse 0 ambient 0 } } }
    box { <-0.02, 0, 0.0>, <0.02, 0.16, 0.03> texture { Plastic } }
    box { <-0.1, 0, -0.06>, <0.1, 0.01, 0.07> texture { Plastic } }
    translate <0, 0.75, 0.1>
  }
  box { <-0.22, 0.75, -0.22>, <0.22, 0.77, -0.08> texture { Plastic } }
  box { <0.28, 0.75, -0.2>, <0.34, 0.77, -0.12> texture { Plastic } }
  // chair
  union {
    box { <-0.23, 0.45, -0.22>, <0.23, 0.52, 0.22> }
    box { <-0.22, 0.62, -0.27>, <0.22, 1.05, -0.21> rotate x * -8 }
    cylinder { <0, 0.1, 0>, <0, 0.45, 0>, 0.025 }
    #for (K, 0, 4) box { <0, 0.05, -0.015>, <0.28, 0.08, 0.015> rotate y * K * 72 } #end
    texture { Plastic }
    rotate y * RRand(-15, 15, R) translate <RRand(-0.05, 0.05, R), 0, -0.6 + RRand(-0.08, 0.08, R)>
  }
  rotate y * Turn translate P
}
#end
#macro DeskRow(Z)
  box { <0.8, 0.72, Z - 0.3>, <6.8, 0.75, Z + 0.3> texture { Laminate } }
  #for (K, 0, 4) box { <0.85 + K * 1.46, 0, Z - 0.28>, <0.88 + K * 1.46, 0.72, Z + 0.28> texture { Laminate } } #end
  box { <0.8, 0.3, Z + 0.27>, <6.8, 0.72, Z + 0.29> texture { Laminate } }
  #for (K, 0, 3) Workstation(<1.5 + K * 1.55, 0, Z>, 0) #end
#end
DeskRow(2.4) DeskRow(4.3) DeskRow(6.2)
