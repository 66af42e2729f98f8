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

func main() {
	cycle := []Light{Light{Tag: LightRed}, Light{Tag: LightGreen}, Light{Tag: LightAmber}}
	fmt.Println(cycle)
	fmt.Println(cycle[1])
}
