package route

import "golden/projects/visibility/pub_method_of_pub_type_via_other_module_value/geo"

func Farthest() geo.Point {
	return geo.Point{X: -7, Y: 3}
}
