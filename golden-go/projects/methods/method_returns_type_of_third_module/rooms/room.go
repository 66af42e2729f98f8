package rooms

import (
	"golden/projects/methods/method_returns_type_of_third_module/units"
	lisette "lisette.dev/prelude"
)

type Room struct {
	Name  string
	Width int
	Depth int
}

func (v Room) String() string {
	return "Room { name: " + lisette.FormatValue(v.Name) + ", width: " + lisette.FormatValue(v.Width) + ", depth: " + lisette.FormatValue(v.Depth) + " }"
}

func (self Room) Perimeter() units.Meters {
	return units.Meters{Value: 2 * (self.Width + self.Depth)}
}
