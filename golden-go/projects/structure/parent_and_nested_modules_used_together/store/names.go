package store

import "fmt"

func Bucket(name string) string {
	return fmt.Sprintf("bucket-%v", name)
}
