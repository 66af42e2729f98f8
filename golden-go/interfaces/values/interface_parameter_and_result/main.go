package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Discount interface {
	Apply(cents int) int
}

type Percent struct {
	pct int
}

func (v Percent) String() string {
	return "Percent { pct: " + lisette.FormatValue(v.pct) + " }"
}

type Flat struct {
	off int
}

func (v Flat) String() string {
	return "Flat { off: " + lisette.FormatValue(v.off) + " }"
}

func (self Percent) Apply(cents int) int {
	return cents - cents*self.pct/100
}

func (self Flat) Apply(cents int) int {
	if cents > self.off {
		return cents - self.off
	} else {
		return 0
	}
}

func for_code(code string) Discount {
	if code == "HALF" {
		return Percent{pct: 50}
	}
	return Flat{off: 300}
}

func checkout(total int, d Discount) int {
	return d.Apply(total)
}

func main() {
	fmt.Println(checkout(2000, for_code("HALF")))
	fmt.Println(checkout(2000, for_code("SPRING")))
	fmt.Println(checkout(2000, Percent{pct: 10}))
	fmt.Println(checkout(250, Flat{off: 300}))
}
