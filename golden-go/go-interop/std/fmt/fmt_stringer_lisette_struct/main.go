package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Temp struct {
	celsius float64
}

func (v Temp) GoString() string {
	return "Temp { celsius: " + lisette.FormatValue(v.celsius) + " }"
}

func (self Temp) String() string {
	return fmt.Sprintf("%.1f°C", self.celsius)
}

func describe(s fmt.Stringer) string {
	return "<" + s.String() + ">"
}

func main() {
	t := Temp{celsius: 21.456}
	fmt.Println(t)
	fmt.Printf("%v and %s\n", t, t)
	fmt.Println(describe(t))
	all := []fmt.Stringer{Temp{celsius: -3.0}, t}
	for _, s := range all {
		fmt.Println(s.String())
	}
}
