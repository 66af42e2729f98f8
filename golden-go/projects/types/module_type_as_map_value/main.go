package main

import (
	"fmt"
	"golden/projects/types/module_type_as_map_value/geo"
	lisette "lisette.dev/prelude"
)

func main() {
	cities := map[string]geo.City{}
	cities["LYS"] = geo.City{Name: "Lyon", People: 522}
	cities["NCE"] = geo.City{Name: "Nice", People: 342}
	fmt.Println(lisette.MapGet(cities, "LYS"))
	fmt.Println(lisette.MapGet(cities, "PAR"))
	fmt.Println(len(cities))
}
