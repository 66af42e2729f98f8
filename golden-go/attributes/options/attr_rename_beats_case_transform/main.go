package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
)

type Citizen struct {
	Id_number int    `json:"ID_NUMBER"`
	Home_town string `json:"homeTown"`
}

func (v Citizen) String() string {
	return "Citizen { id_number: " + lisette.FormatValue(v.Id_number) + ", home_town: " + lisette.FormatValue(v.Home_town) + " }"
}

func main() {
	fmt.Println(Citizen{Id_number: 9, Home_town: "Oslo"}.Home_town)
}
