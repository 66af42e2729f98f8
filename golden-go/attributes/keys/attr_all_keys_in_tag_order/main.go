package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Record struct {
	Id    int    `json:"id" db:"id" bson:"id" mapstructure:"id" msgpack:"id" toml:"id" validate:"required" xml:"id" yaml:"id" form:"rid"`
	Label string `json:"label" db:"label" bson:"label" mapstructure:"label" msgpack:"label" toml:"label" xml:"label" yaml:"label"`
}

func (v Record) String() string {
	return "Record { id: " + lisette.FormatValue(v.Id) + ", label: " + lisette.FormatValue(v.Label) + " }"
}

func main() {
	r := Record{Id: 1, Label: "x"}
	fmt.Println(r)
}
