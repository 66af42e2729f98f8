package main

import (
	"fmt"
	"golden/projects/variants/module_enum_equality/compass"
)

func main() {
	d := compass.Dir{Tag: compass.DirEast}
	fmt.Println(compass.Opposite(d) == compass.Dir{Tag: compass.DirWest})
	fmt.Println(compass.Opposite(compass.Opposite(d)) == d, d != compass.Dir{Tag: compass.DirNorth})
}
