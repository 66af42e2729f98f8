package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"os"
)

func main() {
	vars := lisette.MapFrom([]lisette.Tuple2[string, string]{lisette.Tuple2[string, string]{First: "user", Second: "ann"}, lisette.Tuple2[string, string]{First: "host", Second: "db1"}})
	line := os.Expand("connect $user@${host}:$port", func(name string) string {
		subject := lisette.MapGet(vars, name)
		if subject.Tag == lisette.OptionSome {
			v := subject.SomeVal
			return v
		}
		return fmt.Sprintf("<%v?>", name)
	})
	fmt.Println(line)
	_ = os.Setenv("LIS_B_REGION", "eu-west")
	fmt.Println(os.ExpandEnv("region=$LIS_B_REGION zone=${LIS_B_ZONE_UNSET}."))
}
