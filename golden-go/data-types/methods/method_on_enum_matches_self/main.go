package main

import "fmt"

type LightTag int

const (
	LightRed LightTag = iota
	LightAmber
	LightGreen
)

type Light struct {
	Tag LightTag
}

func (v Light) String() string {
	switch v.Tag {
	case LightRed:
		return "Light.Red"
	case LightAmber:
		return "Light.Amber"
	}
	return "Light.Green"
}

func (self Light) Next() Light {
	switch self.Tag {
	case LightRed:
		return Light{Tag: LightGreen}
	case LightGreen:
		return Light{Tag: LightAmber}
	case LightAmber:
		return Light{Tag: LightRed}
	}
	panic("unreachable")
}

func (self Light) Seconds() int {
	switch self.Tag {
	case LightRed:
		return 30
	case LightAmber:
		return 4
	case LightGreen:
		return 25
	}
	panic("unreachable")
}

func main() {
	l := Light{Tag: LightRed}
	total := 0
	for i := 0; i < 4; i++ {
		total += l.Seconds()
		l = l.Next()
	}
	fmt.Println(l, total)
}
