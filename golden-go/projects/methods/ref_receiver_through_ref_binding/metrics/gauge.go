package metrics

import lisette "lisette.dev/prelude"

type Gauge struct {
	Name  string
	level int
}

func (v Gauge) String() string {
	return "Gauge { name: " + lisette.FormatValue(v.Name) + ", level: " + lisette.FormatValue(v.level) + " }"
}

func Gauge_Named(name string) Gauge {
	return Gauge{Name: name, level: 0}
}

func (self *Gauge) Raise(by int) {
	self.level += by
}

func (self Gauge) Reading() int {
	return self.level
}
