package main

import (
	"fmt"
	lisette "lisette.dev/prelude"
	"sync"
)

type Cache struct {
	lock   sync.RWMutex
	data   map[string]string
	misses int
}

func (v Cache) String() string {
	return "Cache { lock: " + lisette.FormatValue(v.lock) + ", data: " + lisette.FormatValue(v.data) + ", misses: " + lisette.FormatValue(v.misses) + " }"
}

func (self *Cache) Get(key string) lisette.Option[string] {
	self.lock.RLock()
	defer self.lock.RUnlock()
	return lisette.MapGet(self.data, key)
}

func (self *Cache) Get_or_load(key string) string {
	subject := self.Get(key)
	if subject.Tag == lisette.OptionSome {
		v := subject.SomeVal
		return v
	}
	self.lock.Lock()
	defer self.lock.Unlock()
	self.misses += 1
	v := fmt.Sprintf("value-of-%v", key)
	self.data[key] = v
	return v
}

func main() {
	cache := Cache{lock: sync.RWMutex{}, data: map[string]string{}, misses: 0}
	for _, key := range []string{"a", "b", "a", "c", "b", "a"} {
		fmt.Println(key, "=>", cache.Get_or_load(key))
	}
	fmt.Println("misses:", cache.misses)
	fmt.Println("try lock free:", cache.lock.TryLock())
	cache.lock.Unlock()
}
