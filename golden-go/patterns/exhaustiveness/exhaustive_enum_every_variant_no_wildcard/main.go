package main

import "fmt"

type PlanetTag int

const (
	PlanetMercury PlanetTag = iota
	PlanetVenus
	PlanetEarth
	PlanetMars
)

type Planet struct {
	Tag PlanetTag
}

func (v Planet) String() string {
	switch v.Tag {
	case PlanetMercury:
		return "Planet.Mercury"
	case PlanetVenus:
		return "Planet.Venus"
	case PlanetEarth:
		return "Planet.Earth"
	}
	return "Planet.Mars"
}

func moons(p Planet) int {
	switch p.Tag {
	case PlanetMercury, PlanetVenus:
		return 0
	case PlanetEarth:
		return 1
	case PlanetMars:
		return 2
	}
	panic("unreachable")
}

func main() {
	planets := []Planet{Planet{Tag: PlanetMars}, Planet{Tag: PlanetEarth}, Planet{Tag: PlanetVenus}}
	total := 0
	for _, p := range planets {
		total += moons(p)
	}
	fmt.Println(total)
}
