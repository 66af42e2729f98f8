package main

import "fmt"

type WeatherTag int

const (
	WeatherSunny WeatherTag = iota
	WeatherRainy
	WeatherSnowy
	WeatherWindy
)

type Weather struct {
	Tag WeatherTag
}

func (v Weather) String() string {
	switch v.Tag {
	case WeatherSunny:
		return "Weather.Sunny"
	case WeatherRainy:
		return "Weather.Rainy"
	case WeatherSnowy:
		return "Weather.Snowy"
	}
	return "Weather.Windy"
}

func advice(w Weather) string {
	switch w.Tag {
	case WeatherRainy:
		return "take an umbrella"
	case WeatherSnowy:
		return "wear boots"
	default:
		other := w
		return fmt.Sprintf("enjoy the %v day", other)
	}
}

func main() {
	fmt.Println(advice(Weather{Tag: WeatherRainy}))
	fmt.Println(advice(Weather{Tag: WeatherWindy}))
}
