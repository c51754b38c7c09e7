// bottleneck/light.js (the Redis-free build plugin-throttling imports) has the same API as the package's main entry,
// whose declarations cover it.
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck'
  export default Bottleneck
}
