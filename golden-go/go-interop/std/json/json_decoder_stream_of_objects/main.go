package main

import (
	"encoding/json"
	"fmt"
	lisette "lisette.dev/prelude"
	"strings"
)

type Reading struct {
	Sensor  string  `json:"sensor"`
	Celsius float64 `json:"celsius"`
}

func (v Reading) String() string {
	return "Reading { sensor: " + lisette.FormatValue(v.Sensor) + ", celsius: " + lisette.FormatValue(v.Celsius) + " }"
}

func main() {
	stream := "{\"sensor\": \"kitchen\", \"celsius\": 21.5}\n{\"sensor\": \"attic\", \"celsius\": 29}\n{\"sensor\": \"cellar\", \"celsius\": 12.25}\n"
	dec := json.NewDecoder(strings.NewReader(stream))
	readings := []Reading{}
	for dec.More() {
		r := Reading{Sensor: "", Celsius: 0.0}
		subject := lisette.ResultOfErr(dec.Decode(&r))
		if subject.Tag != lisette.ResultOk {
			e := subject.ErrVal
			fmt.Println("decode:", e)
			break
		}
		readings = append(readings, r)
	}
	warmest := readings[0]
	for _, r := range readings {
		fmt.Printf("%-8s %6.2f\n", r.Sensor, r.Celsius)
		if r.Celsius > warmest.Celsius {
			warmest = r
		}
	}
	fmt.Println("warmest:", warmest.Sensor)
	fmt.Println("offset at end:", dec.InputOffset())
}
