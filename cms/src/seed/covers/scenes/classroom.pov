// An empty classroom in morning light: rows of two-seat wooden desks, a green board, ceiling fans,
// windows on the left with sunlight patches on the tiled floor. Seen from the back right corner.
#include "common.inc"

#declare W = 8.4;  // x: width
#declare D = 7.2;  // z: depth (the board is on the wall z = D)
#declare H = 3.6;

PhotoCamera(<7.3, 1.5, 0.45>, <2.6, 1.15, 6.4>, 64, <4.2, 0.8, 3.9>, 0.12)
Sun(vnormalize(<-1.0, 0.5, 0.45>), 5.5)

sky_sphere { pigment { gradient y color_map { [0 color srgb <0.92, 0.94, 0.95>] [0.5 color srgb <0.62, 0.76, 0.92>] } } emission 3.2 }

// Outside: a band of trees in the yard beyond the windows, and the ground
plane { y, -0.01 texture { pigment { color srgb <0.55, 0.52, 0.45> } finish { diffuse 0.8 ambient 0 } } }
#for (I, 0, 2500)
  sphere { <-8 - RRand(0, 6, R), 1.0 + RRand(0, 3.2, R) , RRand(-6, 14, R)>, RRand(0.08, 0.25, R)
    scale <1, 0.5, 1>
    texture { pigment { color srgb <0.40, 0.58, 0.26> * RRand(0.6, 1.4, R) } finish { diffuse 0.8 specular 0.3 roughness 0.02 ambient 0 } } }
#end

// Walls with window openings on the left (x = 0)
#declare WinZ = array[3] { 1.6, 3.7, 5.8 };
#declare WinW = 1.5; #declare WinSill = 0.95; #declare WinTop = 2.7;
difference {
  box { <-0.2, 0, -0.2>, <W + 0.2, H, D + 0.2> }
  box { <0, -0.1, 0>, <W, H + 0.1, D> }
  #for (I, 0, 2) box { <-0.3, WinSill, WinZ[I] - WinW / 2>, <0.1, WinTop, WinZ[I] + WinW / 2> } #end
  // doors on the right wall
  box { <W - 0.1, 0, 5.6>, <W + 0.3, 2.3, 6.6> }
  Plaster(<0.94, 0.92, 0.84>, 0.03)
}
// a painted dado band at the bottom of the walls
difference {
  box { <0.005, 0, 0.005>, <W - 0.005, 1.0, D - 0.005> }
  box { <0.02, -0.1, 0.02>, <W - 0.02, 1.1, D - 0.02> }
  box { <W - 0.1, -0.1, 5.6>, <W + 0.3, 2.3, 6.6> }
  Plaster(<0.55, 0.72, 0.62>, 0.08)
}
// a door panel, half open, on the right wall
box { <0, 0, 0>, <0.04, 2.25, 0.95> Wood(<0.55, 0.30, 0.14>, <0.38, 0.19, 0.08>, 2) rotate y * -20 translate <W - 0.05, 0, 5.62> }

// Window frames: steel grille and open glazed shutters
#for (I, 0, 2)
  union {
    #for (K, 1, 5) cylinder { <0, WinSill, 0>, <0, WinTop, 0>, 0.008 translate <0, 0, -WinW / 2 + K * WinW / 6> } #end
    box { <-0.02, WinSill - 0.04, -WinW / 2 - 0.05>, <0.14, WinSill, WinW / 2 + 0.05> }
    box { <-0.02, WinTop, -WinW / 2 - 0.05>, <0.06, WinTop + 0.05, WinW / 2 + 0.05> }
    texture { WhitePaint }
    translate <0, 0, WinZ[I]>
  }
#end

// Floor and ceiling
box { <0, -0.05, 0>, <W, 0, D> Tiles(0.4, <0.86, 0.80, 0.70>, <0.80, 0.73, 0.62>) }
box { <0, H, 0>, <W, H + 0.05, D> Plaster(<0.97, 0.96, 0.93>, 0.03) }

// The board, its wooden frame, a teacher's platform and desk
box { <2.2, 0.95, D - 0.03>, <6.2, 2.2, D - 0.01> texture { ChalkBoard } }
difference {
  box { <2.12, 0.87, D - 0.05>, <6.28, 2.28, D - 0.0> }
  box { <2.2, 0.95, D - 0.1>, <6.2, 2.2, D + 0.1> }
  Wood(<0.60, 0.36, 0.18>, <0.42, 0.22, 0.10>, 2)
}
box { <2.12, 0.86, D - 0.12>, <6.28, 0.88, D - 0.02> Wood(<0.60, 0.36, 0.18>, <0.42, 0.22, 0.10>, 2) }
box { <1.2, 0, D - 1.5>, <7.2, 0.2, D> Tiles(0.3, <0.70, 0.34, 0.25>, <0.64, 0.30, 0.22>) }
union {
  box { <0, 0.74, 0>, <1.2, 0.78, 0.6> }
  box { <0.02, 0.2, 0.02>, <1.18, 0.74, 0.05> }
  box { <0, 0, 0>, <0.04, 0.74, 0.6> } box { <1.16, 0, 0>, <1.2, 0.74, 0.6> }
  Wood(<0.55, 0.30, 0.14>, <0.38, 0.19, 0.08>, 2)
  translate <4.6, 0.2, D - 1.1>
}

// Two-seat desks with their benches, in three columns
#macro Desk(P, Turn)
union {
  box { <-0.6, 0.72, -0.22>, <0.6, 0.75, 0.22> Wood(<0.66, 0.43, 0.22>, <0.48, 0.28, 0.12>, 1.6) }
  box { <-0.58, 0.55, -0.2>, <0.58, 0.57, 0.18> Wood(<0.66, 0.43, 0.22>, <0.48, 0.28, 0.12>, 1.6) }
  box { <-0.58, 0.3, 0.19>, <0.58, 0.72, 0.21> Wood(<0.66, 0.43, 0.22>, <0.48, 0.28, 0.12>, 1.6) }
  #for (S, -1, 1, 2)
    box { <S * 0.57 - 0.02, 0, -0.2>, <S * 0.57 + 0.02, 0.72, 0.2> Wood(<0.60, 0.38, 0.19>, <0.44, 0.25, 0.11>, 1.6) }
    box { <S * 0.57 - 0.02, 0.0, -0.55>, <S * 0.57 + 0.02, 0.04, 0.2> Wood(<0.60, 0.38, 0.19>, <0.44, 0.25, 0.11>, 1.6) }
    box { <S * 0.55 - 0.02, 0, -0.52>, <S * 0.55 + 0.02, 0.43, -0.48> Wood(<0.60, 0.38, 0.19>, <0.44, 0.25, 0.11>, 1.6) }
  #end
  box { <-0.6, 0.43, -0.62>, <0.6, 0.46, -0.4> Wood(<0.66, 0.43, 0.22>, <0.48, 0.28, 0.12>, 1.6) }
  box { <-0.6, 0.62, -0.68>, <0.6, 0.78, -0.66> Wood(<0.66, 0.43, 0.22>, <0.48, 0.28, 0.12>, 1.6) }
  box { <-0.58, 0.46, -0.68>, <-0.55, 0.78, -0.65> Wood(<0.60, 0.38, 0.19>, <0.44, 0.25, 0.11>, 1.6) }
  box { <0.55, 0.46, -0.68>, <0.58, 0.78, -0.65> Wood(<0.60, 0.38, 0.19>, <0.44, 0.25, 0.11>, 1.6) }
  rotate y * Turn
  translate P
}
#end
#for (Row, 0, 4)
  #for (Col, 0, 2)
    Desk(<1.7 + Col * 2.5, 0, 1.3 + Row * 1.05>, RRand(-2, 2, R))
  #end
#end

// Ceiling fans (off, still)
#macro Fan(P, Turn)
union {
  cylinder { <0, H, 0>, <0, H - 0.55, 0>, 0.015 texture { WhitePaint } }
  cylinder { <0, H - 0.55, 0>, <0, H - 0.68, 0>, 0.11 texture { WhitePaint } }
  #for (B, 0, 2)
    box { <0.1, -0.005, -0.06>, <0.72, 0.005, 0.06> texture { pigment { color srgb <0.75, 0.78, 0.82> } finish { specular 0.3 roughness 0.02 ambient 0 } }
      rotate x * 8 rotate y * (Turn + B * 120) translate <0, H - 0.64, 0> }
  #end
  translate P
}
#end
Fan(<2.8, 0, 2.6>, 10) Fan(<5.6, 0, 2.6>, 40) Fan(<2.8, 0, 5.1>, 75) Fan(<5.6, 0, 5.1>, 25)

// Fluorescent tubes (off) on the ceiling
#for (I, 0, 3)
  union {
    box { <-0.6, -0.03, -0.06>, <0.6, 0, 0.06> texture { WhitePaint } }
    cylinder { <-0.58, -0.045, 0>, <0.58, -0.045, 0>, 0.015 texture { pigment { color srgb <0.95, 0.95, 0.95> } finish { diffuse 0.9 specular 0.3 ambient 0 } } }
    translate <1.5 + mod(I, 2) * 5.4, H, 2.0 + floor(I / 2) * 3.2>
  }
#end

// A wall clock, a notice board and a flag picture above the board
cylinder { <0, 0, 0>, <0, 0, 0.04>, 0.16 texture { WhitePaint } translate <W - 0.05, 2.75, 3.2> rotate <0,0,0> scale <1,1,1> }
box { <-0.45, -0.35, 0>, <0.45, 0.35, 0.02> Wood(<0.60, 0.38, 0.19>, <0.44, 0.25, 0.11>, 1) rotate y * 90 translate <W - 0.02, 1.7, 3.4> }
box { <-0.42, -0.32, -0.005>, <0.42, 0.32, 0.015> texture { pigment { color srgb <0.66, 0.52, 0.36> } normal { bumps 0.2 scale 0.005 } finish { diffuse 0.8 ambient 0 } } rotate y * 90 translate <W - 0.045, 1.7, 3.4> }
#for (I, 0, 4)
  box { <-0.08, -0.1, 0>, <0.08, 0.1, 0.002> texture { pigment { color srgb <0.96, 0.95, 0.92> } finish { diffuse 0.8 ambient 0 } }
    rotate z * RRand(-6, 6, R) rotate y * 90 translate <W - 0.07, 1.6 + RRand(-0.15, 0.2, R), 3.1 + I * 0.14> }
#end
box { <-0.3, -0.2, 0>, <0.3, 0.2, 0.01> texture { pigment { FlagPigment scale <0.6, 0.4, 1> translate <-0.3, -0.2, 0> } finish { diffuse 0.8 ambient 0 } } translate <4.2, 2.65, D - 0.02> }
