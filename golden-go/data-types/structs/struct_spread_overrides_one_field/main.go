package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Settings struct {
	volume int
	muted  bool
	theme  string
}

func (v Settings) String() string {
	return "Settings { volume: " + lisette.FormatValue(v.volume) + ", muted: " + lisette.FormatValue(v.muted) + ", theme: " + lisette.FormatValue(v.theme) + " }"
}

func main() {
	defaults := Settings{volume: 5, muted: false, theme: "light"}
	quiet := Settings{muted: true, volume: defaults.volume, theme: defaults.theme}
	night := Settings{theme: "dark", volume: 2, muted: quiet.muted}
	fmt.Println(quiet)
	fmt.Println(night)
	fmt.Println(defaults)
}
