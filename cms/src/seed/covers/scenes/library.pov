// The school library: tall shelves of coloured books along the walls and between the windows, wooden reading tables
// with chairs, sunlight across the floor. Seen from the entrance, a little above table height.
#include "common.inc"
#include "room.inc"

#declare W = 9; #declare D = 10; #declare H = 3.6;
PhotoCamera(<7.8, 1.35, 0.6>, <3.0, 1.0, 7.5>, 60, <4.6, 0.8, 4.6>, 0.12)
Sun(vnormalize(<-1.0, 0.55, 0.5>), 5.5)
sky_sphere { pigment { gradient y color_map { [0 color srgb <0.92, 0.94, 0.95>] [0.5 color srgb <0.62, 0.76, 0.92>] } } emission 3.2 }
Room(W, D, H, <0.93, 0.92, 0.86>, <0.60, 0.50, 0.40>, <0.85, 0.82, 0.76>, <0.80, 0.77, 0.70>, 3)

#declare ShelfWood = Wood(<0.62, 0.40, 0.20>, <0.45, 0.26, 0.12>, 1.5)
#declare BookCols = array[9] { <0.65, 0.12, 0.10>, <0.12, 0.28, 0.55>, <0.85, 0.70, 0.20>, <0.15, 0.45, 0.25>,
  <0.90, 0.88, 0.82>, <0.45, 0.18, 0.35>, <0.95, 0.45, 0.15>, <0.20, 0.55, 0.65>, <0.30, 0.25, 0.22> }

// A bookcase of width Wd (x), 5 shelves of books, its back at z = 0, facing -z
#macro Bookcase(Wd, Hb)
union {
  box { <0, 0, 0>, <Wd, Hb, 0.02> texture { ShelfWood } }
  box { <0, 0, -0.32>, <0.03, Hb, 0> texture { ShelfWood } }
  box { <Wd - 0.03, 0, -0.32>, <Wd, Hb, 0> texture { ShelfWood } }
  #for (S, 0, 5)
    #local Ys = 0.08 + S * (Hb - 0.1) / 5;
    box { <0, Ys - 0.025, -0.32>, <Wd, Ys, 0> texture { ShelfWood } }
    #if (S < 5)
      #local Xb = 0.05;
      #while (Xb < Wd - 0.1)
        #local Bw = RRand(0.015, 0.045, R); #local Bh = RRand(0.2, 0.3, R); #local Bd = RRand(0.15, 0.24, R);
        #if (RRand(0, 1, R) < 0.04) #local Xb = Xb + RRand(0.05, 0.15, R); #end
        box { <0, 0, 0>, <Bw, Bh, Bd>
          texture { pigment { color srgb BookCols[floor(RRand(0, 8.999, R))] * RRand(0.7, 1.1, R) }
            normal { bumps 0.05 scale 0.01 } finish { diffuse 0.8 specular 0.15 roughness 0.03 ambient 0 } }
          rotate z * (RRand(0, 1, R) < 0.08 ? RRand(-8, 8, R) : 0)
          translate <Xb, Ys, -0.3> }
        #local Xb = Xb + Bw + 0.002;
      #end
    #end
  #end
}
#end

// along the back wall and the right wall
#for (I, 0, 3) object { Bookcase(1.9, 2.2) translate <0.6 + I * 2.0, 0, D - 0.02> } #end
#for (I, 0, 2) object { Bookcase(1.9, 2.2) rotate y * -90 translate <W - 0.02, 0, 3.4 + I * 2.0> } #end
// a free-standing double row in the middle back
object { Bookcase(1.9, 1.6) translate <3.2, 0, 7.2> }

// reading tables with chairs
#macro Chair(P, Turn)
union {
  box { <-0.21, 0.43, -0.2>, <0.21, 0.46, 0.2> }
  box { <-0.2, 0.6, 0.18>, <0.2, 0.85, 0.2> }
  #for (A, -1, 1, 2) #for (B, -1, 1, 2) box { <A * 0.19 - 0.015, 0, B * 0.18 - 0.015>, <A * 0.19 + 0.015, 0.43 + (B > 0 ? 0.42 : 0), B * 0.18 + 0.015> } #end #end
  Wood(<0.62, 0.40, 0.20>, <0.45, 0.26, 0.12>, 1)
  rotate y * Turn translate P
}
#end
#macro Table(P)
union {
  box { <-1.0, 0.72, -0.45>, <1.0, 0.76, 0.45> Wood(<0.70, 0.48, 0.26>, <0.52, 0.32, 0.15>, 2) }
  #for (A, -1, 1, 2) #for (B, -1, 1, 2) box { <A * 0.93 - 0.03, 0, B * 0.38 - 0.03>, <A * 0.93 + 0.03, 0.72, B * 0.38 + 0.03> Wood(<0.62, 0.40, 0.20>, <0.45, 0.26, 0.12>, 1) } #end #end
  #for (A, -1, 1, 2)
    Chair(<-0.5, 0, A * 0.62>, (A > 0 ? 0 : 180) + RRand(-8, 8, R))
    Chair(<0.5, 0, A * 0.62>, (A > 0 ? 0 : 180) + RRand(-8, 8, R))
  #end
  // a few books lying open or closed on the table
  box { <0, 0, 0>, <0.2, 0.03, 0.28> texture { pigment { color srgb BookCols[floor(RRand(0, 8.999, R))] } finish { diffuse 0.8 ambient 0 } } rotate y * RRand(-30, 30, R) translate <RRand(-0.7, 0.5, R), 0.76, RRand(-0.3, 0.1, R)> }
  union {
    box { <0, 0, 0>, <0.17, 0.012, 0.24> rotate z * -4 }
    box { <-0.17, 0, 0>, <0, 0.012, 0.24> rotate z * 4 }
    texture { pigment { color srgb <0.96, 0.95, 0.9> } finish { diffuse 0.85 ambient 0 } }
    rotate y * RRand(-20, 20, R) translate <RRand(-0.3, 0.6, R), 0.765, RRand(-0.35, 0.05, R)>
  }
  translate P
}
#end
Table(<2.4, 0, 2.8>) Table(<5.6, 0, 2.8>) Table(<2.4, 0, 5.0>) Table(<5.6, 0, 5.0>)
