package main

import "fmt"

type Describe interface {
	Describe() string
}

type LightTag int

const (
	LightRed LightTag = iota
	LightGreen
	LightAmber
)

type Light struct {
	Tag LightTag
}

func (v Light) String() string {
	switch v.Tag {
	case LightRed:
		return "Light.Red"
	case LightGreen:
		return "Light.Green"
	}
	return "Light.Amber"
}

func (self Light) Describe() string {
	switch self.Tag {
	case LightRed:
		return "stop"
	case LightGreen:
		return "go"
	case LightAmber:
		return "wait"
	}
	panic("unreachable")
}

func announce[T Describe](item T) string {
	return fmt.Sprintf("now: %v", item.Describe())
}

func main() {
	for _, l := range []Light{Light{Tag: LightGreen}, Light{Tag: LightAmber}, Light{Tag: LightRed}} {
		fmt.Println(announce(l))
	}
}
